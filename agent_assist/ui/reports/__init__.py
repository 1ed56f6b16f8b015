"""The Reports page: a period picker, summary figures and charts painted with QPainter."""
