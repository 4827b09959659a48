"""Processing algorithms of the climate group. ALGORITHMS is the explicit list the provider loads."""

ALGORITHMS = []
