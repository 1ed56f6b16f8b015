"""Allow ``python -m agent_assist``."""

from agent_assist.cli import main

raise SystemExit(main())
