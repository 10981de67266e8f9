# sys.stdout.write and print interplay (no input()).
import sys
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.write("no newline, ")
sys.stdout.write("then newline\n")
print("print after write")
sys.stdout.write(str(42) + "\n")
print("a", end="")
sys.stdout.write("b")
print("c")
sys.stderr.write("to stderr via write\n")
sys.stdout.flush()
print("end")
