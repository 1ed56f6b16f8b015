"""The reply composer under the conversation."""
