"""Processing algorithms of the data group. ALGORITHMS is the explicit list the provider loads."""

ALGORITHMS = []
