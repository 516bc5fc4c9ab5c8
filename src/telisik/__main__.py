import sys

from telisik.cli import main

sys.exit(main())
