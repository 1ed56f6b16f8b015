"""The right-hand guidance panel (for now a customer card)."""
