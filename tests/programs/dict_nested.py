# Nested dicts and lists: building, traversing, updating.
db = {
    "users": [
        {"name": "ann", "age": 31, "tags": ["admin", "dev"]},
        {"name": "bob", "age": 25, "tags": []},
        {"name": "cy", "age": 40, "tags": ["ops"]},
    ],
    "meta": {"version": 2, "source": None},
}
for u in db["users"]:
    print(u["name"], u["age"], len(u["tags"]), ",".join(u["tags"]) or "-")
print(db["meta"]["version"], db["meta"].get("missing", "n/a"))
db["users"][1]["tags"].append("new")
db["meta"]["version"] += 1
print(db["users"][1], db["meta"])
by_name = {u["name"]: u for u in db["users"]}
print(sorted(by_name), by_name["cy"]["age"])
ages = [u["age"] for u in db["users"] if u["age"] > 30]
print(ages, sum(ages) / len(ages))
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def depth(d):
    return 1 + max((depth(v) for v in d.values()), default=0) if d else 0
print(depth(tree))
print(db)
