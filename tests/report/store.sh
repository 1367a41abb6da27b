# Sourced by the report checks: builds, in the current folder, the store the golden test
# tests/cli/golden/report.t builds (the same cases, the same clock), with "$hall" set.
export HALL_DB=$PWD/hall.db TZ=Asia/Shanghai LANG=zh_CN.UTF-8
unset HALL_STAFF
at() { HALL_NOW=$1 "$hall" "${@:2}" >/dev/null; }
at 2026-11-24T09:30 init --example --no-history
at 2026-10-09T10:00 case open --item SC02 --applicant 张三丰 --applicant-id 110101199001011234 --staff S101
at 2026-10-10T10:00 case open --item SC02 --applicant 李四 --staff S101
at 2026-10-12T09:00 case open --item SC01 --applicant 王五 --staff S101
at 2026-10-13T09:00 case open --item SB02 --applicant 赵六 --staff S501 --missing 解除劳动关系证明
at 2026-10-14T09:00 case open --item ZR02 --applicant 钱七 --staff S301
at 2026-10-20T09:00 case open --item ZJ01 --applicant 孙八 --staff S401
at 2026-10-27T09:00 case open --item SC02 --applicant 周九 --staff S101
export HALL_NOW=2026-11-24T09:30
at 2026-10-12T09:30 case finish 20261012-0001 --on 2026-10-12T09:30
at 2026-10-12T09:31 case rate 20261012-0001 --rating 5 --on 2026-10-12T09:31
at 2026-10-15T10:00 case supplied 20261013-0001 --on 2026-10-15T10:00
at 2026-10-20T10:00 case finish 20261013-0001 --on 2026-10-20T10:00
at 2026-10-20T10:05 case rate 20261013-0001 --rating 1 --on 2026-10-20T10:05
at 2026-10-22T10:00 case respond 20261013-0001 --note 已核实并答复 --on 2026-10-22T10:00
at 2026-10-16T10:00 case forward 20261014-0001 --to 市自然资源和规划局 --on 2026-10-16T10:00
at 2026-10-23T10:00 case decide 20261014-0001 --result approved --on 2026-10-23T10:00
at 2026-10-23T10:05 case rate 20261014-0001 --rating 4 --on 2026-10-23T10:05
at 2026-10-21T10:00 case pause 20261020-0001 --reason 听证 --on 2026-10-21T10:00
at 2026-10-23T10:00 case resume 20261020-0001 --on 2026-10-23T10:00
at 2026-10-28T10:00 case finish 20261020-0001 --on 2026-10-28T10:00
at 2026-10-28T10:05 case rate 20261020-0001 --rating 2 --on 2026-10-28T10:05
at 2026-10-26T10:00 case finish 20261009-0001 --on 2026-10-26T10:00
at "$HALL_NOW" monitor --on 2026-10-27
