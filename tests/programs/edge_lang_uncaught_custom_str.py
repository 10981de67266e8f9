class E(Exception):
    def __str__(self):
        return "custom str here"
print("before")
raise E("ignored")
