"""Visual representation learning on drawn and degraded imagery: comic pages, anime characters and carbonised scrolls"""

__version__ = "0.0.1"
