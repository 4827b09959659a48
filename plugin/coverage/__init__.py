"""Processing algorithms of the coverage group. ALGORITHMS is the explicit list the provider loads."""

ALGORITHMS = []
