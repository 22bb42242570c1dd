import sys
print("checking")
sys.exit("fatal: configuration missing")
