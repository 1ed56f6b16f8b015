"""Entry script of the frozen app: the same front door as the `agent-assist` console script."""

from agent_assist.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
