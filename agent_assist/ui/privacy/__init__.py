"""Privacy: forgetting a customer on request."""
