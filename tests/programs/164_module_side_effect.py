# Module-level code runs once, no matter how often the module is imported
print("before first import")
import mod_banner
print("after first import")
import mod_banner
from mod_banner import register
import mod_banner as mb
print("after repeated imports")
print(register("a"), register("b"), mb.register("c"))
print(mod_banner.LOADED, mb is mod_banner)
print(mod_banner.MODULE_NAME)
def f():
    import mod_banner
    return mod_banner.register("from f")
print(f())
import mod_chain
print(mod_chain.square_area(7), mod_chain.unit(), mod_banner.LOADED)
print(__name__)
