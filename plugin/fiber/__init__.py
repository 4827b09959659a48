"""Processing algorithms of the fiber group. ALGORITHMS is the explicit list the provider loads."""

ALGORITHMS = []
