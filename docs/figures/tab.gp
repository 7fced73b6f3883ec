# Chart written by casestat.  Render it with: gnuplot -d THIS_FILE
# (it writes the picture named below into the current directory).
set encoding utf8
if (!exists('cs_output')) cs_output = './tab.png'
set terminal pngcairo size 1000,320 font 'DejaVu Sans,10' noenhanced
set output cs_output
set termoption noenhanced
set linetype 1 lc rgb '#0072B2' lw 2 pt 7 ps 1.2
set linetype 2 lc rgb '#D55E00' lw 2 pt 5 ps 1.1
set linetype 3 lc rgb '#009E73' lw 2 pt 9 ps 1.3
set linetype 4 lc rgb '#E69F00' lw 2 pt 11 ps 1.3
set linetype 5 lc rgb '#CC79A7' lw 2 pt 13 ps 1.3
set linetype 6 lc rgb '#56B4E9' lw 2 pt 15 ps 1.2
set linetype 7 lc rgb '#F0E442' lw 2 pt 7 ps 1.2
set linetype 8 lc rgb '#000000' lw 2 pt 5 ps 1.1
set linetype cycle 8
set border 3 lc rgb '#404040'
set tics nomirror textcolor rgb '#202020'
set grid lc rgb '#E0E0E0' lw 1 dt 1
set key noenhanced
set title 'Donors by payment channel' noenhanced font ',13'
set bmargin 4.45
set yrange [0.4:4.6]
set link y2
set grid noytics xtics
set xrange [0:100]
set format x '%g%%'
unset key
set style fill solid 0.85 noborder
set xlabel 'share of all rows (%)' noenhanced
set ytics ( \
    'Kaspi' 4, \
    'card' 3, \
    'bank transfer' 2, \
    'cash' 1) nomirror scale 0 noenhanced
set y2tics ( \
    '63.9%% (62.5–65.3%%) · 4,611' 4, \
    '24.0%% (22.8–25.3%%) · 1,732' 3, \
    '9.0%% (8.2–9.9%%) · 649' 2, \
    '3.1%% (2.6–3.6%%) · 222' 1) scale 0 noenhanced
set label 'Bar: share of all rows.  Line: 95% confidence interval (Goodman (1965) simultaneous), holding for all categories at once.  Right: share, interval and count.' at character 1.5, character 0.65 left font ',9' textcolor rgb '#404040' noenhanced
$bars << CASESTAT_EOD
0 4 63.917380000000001 62.493670000000002 65.317049999999995
1 3 24.008869999999998 22.775580000000001 25.28708
2 2 8.9963959999999989 8.1900150000000007 9.8736340000000009
3 1 3.07735 2.6086239999999998 3.6271610000000001
CASESTAT_EOD
plot $bars using (0):2:(0):3:($2-0.32):($2+0.32) with boxxyerror lc rgb '#56B4E9' notitle, \
     $bars using 3:2:4:5 with xerrorbars lc rgb '#202020' lw 2 pt 7 ps 0.5 notitle
