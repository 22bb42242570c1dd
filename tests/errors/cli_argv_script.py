# Helper script for cli_script_argv (not a case by itself).
import sys
sys.exit("argv=" + "|".join(sys.argv[1:]))
