"""Full-text search: the result list shown in place of the inbox."""
