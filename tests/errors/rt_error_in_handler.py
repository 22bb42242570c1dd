try:
    {}["missing"]
except KeyError:
    print(undefined_in_handler)
