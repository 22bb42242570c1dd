import math
print(math.sqrt(4))
print(math.no_such_function(1))
