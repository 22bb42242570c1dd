import rt_helper_module
print("imported")
rt_helper_module.explode(3)
