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
set title 'Share of each value of police_action' noenhanced font ',13'
set bmargin 4.45
set yrange [0.4:3.6]
set link y2
set grid noytics xtics
set xrange [0:100]
set format x '%g%%'
unset key
set style fill solid 0.85 noborder
set xlabel 'share of all rows (%)' noenhanced
set ytics ( \
    'none' 3, \
    'investigated' 2, \
    'charged' 1) nomirror scale 0 noenhanced
set y2tics ( \
    '64.5%% (62.6–66.3%%) · 2,579' 3, \
    '20.7%% (19.2–22.2%%) · 827' 2, \
    '14.8%% (13.6–16.2%%) · 594' 1) scale 0 noenhanced
set label 'Bar: share of all rows.  Line: 95% confidence interval (Goodman simultaneous), holding for all categories at once.  Right: share, interval and count.' at character 1.5, character 0.65 left font ',9' textcolor rgb '#404040' noenhanced
$bars << CASESTAT_EOD
0 3 64.475000000000009 62.643906039599109 66.264674185472643
1 2 20.674999999999997 19.184563063825248 22.249349537195194
2 1 14.85 13.554310692333329 16.246269970100379
CASESTAT_EOD
plot $bars using (0):2:(0):3:($2-0.32):($2+0.32) with boxxyerror lc rgb '#56B4E9' notitle, \
     $bars using 3:2:4:5 with xerrorbars lc rgb '#202020' lw 2 pt 7 ps 0.5 notitle
