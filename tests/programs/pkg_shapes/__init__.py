# Helper package for the import tests.
print("pkg_shapes: package init")
VERSION = "1.2"
DEFAULT_COLOR = "red"


def version_tuple():
    return tuple([int(p) for p in VERSION.split(".")])
