"""``python -m extractor``: the tradeclaims command line."""

from extractor.cli import main

main()
