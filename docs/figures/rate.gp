# Chart written by casestat.  Render it with: gnuplot -d THIS_FILE
# (it writes the picture named below into the current directory).
set encoding utf8
if (!exists('cs_output')) cs_output = './rate.png'
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
set title 'Rate with 95% confidence interval' noenhanced font ',13'
unset label
unset arrow
unset logscale
set bmargin 5.7
set tmargin 3
set yrange [0.4:2.6]
set link y2
set grid noytics xtics
unset mytics
set xrange [0:5.4871548174981912]
set xtics ( \
    '0' 0, \
    '1' 1, \
    '2' 2, \
    '3' 3, \
    '4' 4, \
    '5' 5) nomirror noenhanced
set lmargin at screen 0.0730
set rmargin at screen 0.7170
set xlabel 'rate (per 1,000)' noenhanced
set ylabel '' noenhanced
set ytics ( \
    '12/4000' 2, \
    '6/7214' 1) nomirror scale 0 noenhanced
set y2tics ( \
    '3.00 (1.55–5.24) · 12 events / 4,000' 2, \
    '0.832 (0.305–1.81) · 6 events / 7,214' 1) scale 0 noenhanced
set label 'Dot: observed rate (events / exposure).  Line: 95% confidence interval (exact Poisson, Garwood).' at character 1.5, character 1.90 left font ',9' textcolor rgb '#404040' noenhanced
set label 'Sorted by rate, highest first.  Right: rate, interval, events and exposure.' at character 1.5, character 0.65 left font ',9' textcolor rgb '#404040' noenhanced
unset key
$dots1 << CASESTAT_EOD
0 2 3 1.5501437771805544 5.2403962620442384
1 1 0.83171610756861658 0.30522515296518604 1.8102958168171173
CASESTAT_EOD
plot $dots1 using 3:2:4:5 with xerrorbars lt 1 lw 2.5 notitle
