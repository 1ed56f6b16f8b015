"""The Today view: waiting now, how today went, warnings with one-click actions."""
