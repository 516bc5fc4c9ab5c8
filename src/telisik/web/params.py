"""The parameters of the pages and the API: paths and queries, with their bounds."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Path as PathParam
from fastapi import Query
from fastapi.exceptions import RequestValidationError
from pydantic import AfterValidator, BeforeValidator

MAX_ID = 200
MAX_QUERY = 500
MAX_PAGE = 10_000
MAX_OFFSET = 1_000_000
# an entity's quotes shown or answered at most
ENTITY_QUOTES = 100


def _blank_is_none(value: Any) -> Any:
    """A form's empty field (``since=``) means no filter, not a bad date."""
    return None if isinstance(value, str) and not value.strip() else value


NO_NUL = r"^[^\x00]*$"
# search words: no control character but tab (a NUL would reach the database, \x02/\x03 are the snippet markers)
CONTROL = r"\x00-\x08\x0a-\x1f"
NO_CONTROL = rf"^[^{CONTROL}]*$"
SOME_WORDS = rf"^[^{CONTROL}]*[^\s{CONTROL}][^{CONTROL}]*$"
OptDate = Annotated[date | None, BeforeValidator(_blank_is_none)]
# an empty text field is no filter too; the handlers read it as `q or None` (a BeforeValidator
# returning None would meet max_length and fail as a 500)
OptText = str | None
StoryId = Annotated[str, PathParam(min_length=1, max_length=MAX_ID, pattern=NO_NUL, description="a story id (`S...`)")]
ArticleId = Annotated[str, PathParam(min_length=1, max_length=MAX_ID, pattern=NO_NUL, description="an article id")]
ThreadId = Annotated[str, PathParam(min_length=1, max_length=MAX_ID, pattern=NO_NUL, description="a thread id (`T...`)")]
EntityId = Annotated[str, PathParam(min_length=1, max_length=MAX_ID, pattern=NO_NUL, description="an entity id (`E...`)")]
Q = Annotated[OptText, Query(max_length=MAX_QUERY, pattern=NO_CONTROL, description="words that the story's articles all contain")]
SearchWords = Annotated[OptText, Query(max_length=MAX_QUERY, pattern=NO_CONTROL)]
Outlet = Annotated[OptText, Query(max_length=MAX_ID, pattern=NO_NUL, description="an outlet's name, as `/api/outlets` lists it")]
EntityFilter = Annotated[OptText, Query(max_length=MAX_ID, pattern=NO_NUL, description="only stories naming this entity id")]
Since = Annotated[OptDate, Query(description="stories going on at or after this day (YYYY-MM-DD)")]
Until = Annotated[OptDate, Query(description="stories going on at or before this day (YYYY-MM-DD)")]
Sort = Annotated[
    Literal["recent", "size", "outlets"],
    Query(description="order: `recent` (newest first), `size` (most articles first), `outlets` (most outlets first)"),
]
MAX_OUTLETS = 1000


def _outlet_count(value: int | None) -> int | None:
    # checked here, not with Query(ge=...): a bound meets the None of a blank field and fails as a 500
    if value is not None and not 1 <= value <= MAX_OUTLETS:
        raise ValueError(f"a number of outlets from 1 to {MAX_OUTLETS}")
    return value


MinOutlets = Annotated[
    int | None,
    BeforeValidator(_blank_is_none),
    AfterValidator(_outlet_count),
    Query(description=f"only stories from at least this many outlets (1 to {MAX_OUTLETS})"),
]
Kind = Annotated[
    Literal["series", "routine", "all"] | None,
    BeforeValidator(_blank_is_none),
    Query(description="stories of a kind are left out unless asked for: `series`, `routine`, or `all` for every story"),
]
ThreadFilter = Annotated[OptText, Query(max_length=MAX_ID, pattern=NO_NUL, description="only the stories of this thread id")]
Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description="page number, from 1")]
Limit = Annotated[int, Query(ge=1, le=200, description="rows per answer, 1 to 200")]
HitLimit = Annotated[int, Query(ge=1, le=200, description="hits per answer, 1 to 200")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]
Words = Annotated[str, Query(min_length=1, max_length=MAX_QUERY, pattern=SOME_WORDS, description="the words to find")]

# the filters of coverage (/coverage, /api/coverage) and of search (/search, /api/search): on articles, not stories
ArticlesSince = Annotated[OptDate, Query(description="only articles of this day or later (YYYY-MM-DD, the day the page shows, WIB)")]
ArticlesUntil = Annotated[OptDate, Query(description="only articles of this day or earlier (YYYY-MM-DD, the day the page shows, WIB)")]
ArticleOutlet = Annotated[OptText, Query(max_length=MAX_ID, pattern=NO_NUL, description="only articles of this outlet (`/api/outlets`)")]
ArticleEntity = Annotated[OptText, Query(max_length=MAX_ID, pattern=NO_NUL, description="only articles naming this entity id (`E...`)")]
ArticleStory = Annotated[OptText, Query(max_length=MAX_ID, pattern=NO_NUL, description="only the articles of this story id (`S...`)")]
ArticleMinOutlets = Annotated[
    int | None,
    BeforeValidator(_blank_is_none),
    AfterValidator(_outlet_count),
    Query(description=f"only articles whose story has at least this many outlets (1 to {MAX_OUTLETS})"),
]
WithFacets = Annotated[bool, Query(description="also count the matches by outlet, entity, day and outlets of their story")]


def check_days(since: date | None, until: date | None) -> None:
    """Days from after days to is a bad request (422, as a bad date is), on a page and in the API alike."""
    if since and until and since > until:
        raise RequestValidationError([{"loc": ("query", "until"), "msg": "until is before since", "type": "value_error"}])
