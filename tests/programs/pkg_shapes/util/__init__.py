print("pkg_shapes.util: package init")
