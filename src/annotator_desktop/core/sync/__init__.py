"""Client side of protocol v1: HTTP, tokens, outbox push, change-feed pull, checkout, assets."""
