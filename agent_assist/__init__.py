"""Agent Assist: a desktop unified inbox that keeps every customer answered."""

__version__ = "0.1.0"
APP_NAME = "Agent Assist"
APP_ID = "agent-assist"
