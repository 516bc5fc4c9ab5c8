"""Outputs written for people and programs: analysis.json, JSONL and the HTML report."""
