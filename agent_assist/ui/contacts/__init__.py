"""One customer across channels: review merge suggestions, merge and split contacts."""
