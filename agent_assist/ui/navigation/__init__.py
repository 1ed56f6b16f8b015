"""Left navigation: the workflow views and one entry per channel, with live counts."""
