"""armswatch: arms-transfer intelligence from news, screened against sanctions lists."""

__all__ = ["__version__"]
__version__ = "0.1.0"
