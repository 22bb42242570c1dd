def fmt_area(shape):
    return f"{type(shape).__name__} area {shape.area():.3f}"


def banner(text, width=20):
    return text.center(width, "=")
