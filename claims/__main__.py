"""``python -m claims``: see claims.cli."""
import sys

from claims.cli import main

sys.exit(main())
