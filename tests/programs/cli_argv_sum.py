# args: 3 14 15 92 65
# Sum numeric command-line arguments.
import sys
nums = [int(a) for a in sys.argv[1:]]
print(nums, sum(nums), max(nums), sorted(nums))
print(" ".join(reversed(sys.argv[1:])))
