"""The tagger's resources: word lists and patterns as data, apart from the code that applies them."""
