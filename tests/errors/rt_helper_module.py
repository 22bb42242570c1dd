# Helper module for rt_error_in_module (not a case by itself).
def explode(n):
    d = n - 3
    return 10 // d
