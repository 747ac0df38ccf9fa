"""Use cases over the store. Return domain dataclasses, never ORM rows. Never import Qt."""
