"""Qt widgets. They get services and dataclasses from outside and never import the store."""
