"""kg: a knowledge-graph builder for Indonesian news about South Korea's foreign ties."""

__version__ = "0.1.0"
