"""Check a set's hand annotations against its articles: python tests/check_gold.py tests/dev (or tests/heldout)."""
import sys, re, unicodedata, pathlib, yaml, collections
if len(sys.argv) != 2:
    sys.exit('usage: python tests/check_gold.py SET_DIR   (a folder with gold.yaml and articles/)')
root = pathlib.Path(sys.argv[1]).resolve()
g = yaml.safe_load((root/'gold.yaml').read_text(encoding='utf-8'))
arts = {p.name[:3]: p.read_text(encoding='utf-8') for p in (root/'articles').glob('*.txt')}
TYPES = {'kg:'+t for t in 'Person Minister Country Organization MilitaryUnit Treaty TreatyArticle Place Island City WaterBody Region Weapon Event Meeting'.split()}
PROPS = {'kg:'+p for p in 'holdsPosition represents participatedIn metWith heldIn date partyTo partOf locatedIn controls claims allyOf acquires develops producedBy operates stationedIn reorganizedInto threatens opposes cooperatesWith relatedTo'.split()}
LITERAL = {'kg:holdsPosition', 'kg:date'}
def slug(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')
errs, warns = [], []
assert set(g) == {'entities', 'facts'}, g.keys()
ids = [e['id'] for e in g['entities']]
dup = [i for i, c in collections.Counter(ids).items() if c > 1]
if dup: errs.append(f'duplicate ids {dup}')
E = {e['id']: e for e in g['entities']}
EKEYS = {'id','label','type','aliases','docs','core','accept_types','optional'}
for e in g['entities']:
    if set(e) != EKEYS: errs.append(f"{e['id']}: keys {set(e) ^ EKEYS}")
    if slug(e['label']) != e['id']: errs.append(f"{e['id']}: id != slug(label) {slug(e['label'])}")
    if e['type'] not in TYPES: errs.append(f"{e['id']}: bad type {e['type']}")
    for t in e['accept_types']:
        if t not in TYPES: errs.append(f"{e['id']}: bad accept type {t}")
    for d in e['docs']:
        if d not in arts: errs.append(f"{e['id']}: unknown doc {d}"); continue
        forms = [e['label']] + e['aliases']
        if not any(f.lower() in arts[d].lower() for f in forms):
            warns.append(f"{e['id']}: no surface form found in {d}")
    for d, txt in arts.items():
        if d not in e['docs'] and e['label'].lower() in txt.lower() and len(e['label']) > 3:
            warns.append(f"{e['id']}: label occurs in {d} but doc not listed")
FKEYS = {'s','p','o','docs','evidence','tier','also_accept'}
seen = set()
def norm(s): return re.sub(r'\s+', ' ', s).strip()
for i, f in enumerate(g['facts']):
    tag = f"fact#{i} {f.get('s')} {f.get('p')} {f.get('o')}"
    if set(f) != FKEYS: errs.append(f'{tag}: keys {set(f) ^ FKEYS}')
    if f['p'] not in PROPS: errs.append(f'{tag}: bad prop')
    if f['s'] not in E: errs.append(f'{tag}: unknown s')
    if f['p'] not in LITERAL and f['o'] not in E: errs.append(f'{tag}: unknown o')
    if f['p'] in LITERAL and f['o'] in E: warns.append(f'{tag}: literal prop with id-like object')
    if f['tier'] not in (1, 2): errs.append(f'{tag}: bad tier')
    key = (f['s'], f['p'], str(f['o']))
    if key in seen: errs.append(f'{tag}: duplicate fact')
    seen.add(key)
    if f['p'] in {'kg:metWith','kg:allyOf','kg:cooperatesWith'} and (f['o'], f['p'], f['s']) in seen:
        errs.append(f'{tag}: symmetric duplicate')
    for d in f['docs']:
        if d not in arts: errs.append(f'{tag}: unknown doc {d}')
        for x in (f['s'], f['o']):
            if x in E and d not in E[x]['docs']: errs.append(f'{tag}: {x} not listed in doc {d}')
    if not any(norm(f['evidence']) in norm(arts[d]) for d in f['docs'] if d in arts):
        errs.append(f'{tag}: evidence not found verbatim')
    for a in f['also_accept']:
        parts = str(a).split()
        if len(parts) == 3 and parts[1].startswith('kg:'):
            s, p, o = parts
            if p not in PROPS or s not in E or (p not in LITERAL and o not in E):
                errs.append(f'{tag}: bad also_accept triple {a}')
        elif f['p'] not in LITERAL:
            errs.append(f'{tag}: literal also_accept on non-literal prop: {a}')
        elif f['p'] == 'kg:date' and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', str(a)):
            errs.append(f'{tag}: also_accept date must be ISO YYYY-MM-DD: {a}')
print(f"entities={len(E)} facts={len(g['facts'])} docs={sorted(arts)}")
for w in warns: print('WARN', w)
for e in errs: print('ERR ', e)
sys.exit(1 if errs else 0)
