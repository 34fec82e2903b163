#!/usr/bin/env python3
"""Project a second-edition draft onto the first edition, so `procedures check` can check names,
catalogue references, conditions and flow. Every replacement is lossy on purpose."""
import re, sys, pathlib
src, dst = sys.argv[1], sys.argv[2]
lines = pathlib.Path(src).read_text(encoding='utf-8').splitlines()
en = any(l.strip().lower().startswith('# language: en') for l in lines[:3])
out = []; in_docs = False; in_req = False; seen_result = False; cond_agency = []
strip_mods = [r' cấp trong \d+ (tháng|ngày|năm)', r' issued within \d+ (months?|days?|years?)',
              r' hợp pháp hóa lãnh sự', r' consular legalisation', r' dịch có chứng thực', r' certified translation',
              r' nhận bản điện tử', r' electronic accepted', r' tra cứu "[^"]*"', r' looked up in "[^"]*"',
              r' của "[^"]*"', r' of "[^"]*"']
for raw in lines:
    l = raw
    s = l.strip()
    ind = l[:len(l)-len(l.lstrip())]
    if s.startswith('#') or not s:
        out.append(l); continue
    low = s.lower()
    if low in ('thành phần hồ sơ', 'documents'): in_docs = True
    if low in ('trình tự', 'steps', 'dữ liệu', 'data'): in_docs = False
    # requirements block: skip until next block keyword
    if low in ('yêu cầu', 'requirements'):
        in_req = True; continue
    if in_req:
        if low in ('thành phần hồ sơ', 'documents', 'trình tự', 'steps', 'dữ liệu', 'data'):
            in_req = False
        else:
            continue
    drop_prefixes = ['hạn nộp', 'apply ', 'nghĩa vụ', 'duty ', 'cơ quan tiếp nhận', 'receiving agency',
                     'khởi xướng bởi cơ quan', 'started by agency', 'kết quả từ chối', 'refusal result',
                     'chi trả', 'payment ', 'giai đoạn', 'phase ', 'bổ sung hồ sơ', 'completion ']
    if any(low.startswith(p) for p in drop_prefixes):
        continue
    m = re.match(r'(cơ quan|agency) ("[^"]*") (khi|when) `', s)
    if m:
        cond_agency.append(m.group(2)); continue
    if re.match(r'(kết quả|result) "', s):
        if seen_result: continue
        seen_result = True
        l = re.sub(r' (mẫu|form) "[^"]*"', '', l)
        l = re.sub(r' (có giá trị|valid for) [\d.]+ \S+( \S+)?$', '', l)
        l = re.sub(r' (thủ tục|procedure) \d\.\d{6}', '', l)
    if re.match(r'(một trong|one of) "', s):
        continue
    for pat in strip_mods:
        if pat.startswith(' of') and not in_docs: continue
        l = re.sub(pat, '', l)
    # steps
    l = re.sub(r'^(\s*)chờ ', r'\1bước ', l); l = re.sub(r'^(\s*)await ', r'\1step ', l)
    l = re.sub(r' do người nộp', ' do một cửa', l); l = re.sub(r' by applicant', ' by one-stop', l)
    l = re.sub(r' do bên "[^"]*"', ' do một cửa', l); l = re.sub(r' by party "[^"]*"', ' by one-stop', l)
    l = re.sub(r'^(\s*)thông báo (\S+) ("[^"]*") đến người nộp', r'\1bước \2 \3 do một cửa', l)
    l = re.sub(r'^(\s*)thông báo (\S+) ("[^"]*") đến ("[^"]*")', r'\1bước \2 \3 do \4', l)
    l = re.sub(r'^(\s*)notify (\S+) ("[^"]*") to ("[^"]*")', r'\1step \2 \3 by \4', l)
    l = re.sub(r'^(\s*)chuyển (?!cấp trên)(\S+) ("[^"]*") đến ("[^"]*")', r'\1bước \2 \3 do \4', l)
    l = re.sub(r'^(\s*)transfer (\S+) ("[^"]*") to ("[^"]*")', r'\1step \2 \3 by \4', l)
    l = re.sub(r' (kể từ|from) [a-z0-9-]+$', '', l)
    l = re.sub(r'^(\s*)im lặng ->', r'\1khong-phan-hoi ->', l); l = re.sub(r'^(\s*)silence ->', r'\1no-answer ->', l)
    l = re.sub(r'-> trả hồ sơ', '-> từ chối', l); l = re.sub(r'-> return dossier', '-> refuse', l)
    l = re.sub(r'(-> (yêu cầu bổ sung|từ chối|request completion|refuse)) (trong|within) [\d.]+ .*$', r'\1', l)
    out.append(l)
# conditional agencies become coordinating agencies so that their units stay legal
if cond_agency:
    kw = 'coordinating' if en else 'cơ quan phối hợp'
    for i, l in enumerate(out):
        if re.match(r'\s*(cơ quan phối hợp|coordinating) ', l):
            out[i] = l + ', ' + ', '.join(cond_agency); break
    else:
        for i, l in enumerate(out):
            if re.match(r'\s*(cơ quan|agency) "', l):
                out.insert(i+1, '  ' + kw + ' ' + ', '.join(cond_agency)); break
pathlib.Path(dst).parent.mkdir(parents=True, exist_ok=True)
pathlib.Path(dst).write_text('\n'.join(out) + '\n', encoding='utf-8')
