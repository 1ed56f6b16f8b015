"""The centre inbox list: an ids-only model with a row cache, its delegate and view."""
