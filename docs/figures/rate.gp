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
set title 'Donors questioned, charged and complaining, per 1,000 donors' noenhanced font ',13'
unset label
unset arrow
unset logscale
set bmargin 5.7
set tmargin 3
set yrange [0.4:3.6]
set link y2
set grid noytics xtics
unset mytics
set logscale x
set xrange [0.23344186076885889:165.0483045916493]
set xtics ( \
    '1' 1, \
    '10' 10, \
    '100' 100) nomirror noenhanced
set lmargin at screen 0.1360
set rmargin at screen 0.7170
set xlabel 'rate (per 1,000 donors), logarithmic scale' noenhanced
set ylabel '' noenhanced
set ytics ( \
    'questioned' 3, \
    'in the case file' 2, \
    'complained' 1) nomirror scale 0 noenhanced
set y2tics ( \
    '114 (107–122) · 800 events / 7,000' 3, \
    '1.00 (0.402–2.06) · 7 events / 7,000' 2, \
    '0.857 (0.315–1.87) · 6 events / 7,000' 1) scale 0 noenhanced
set label 'Dot: observed rate (events / exposure).  Line: 95% confidence interval (exact Poisson (Garwood)).' at character 1.5, character 1.90 left font ',9' textcolor rgb '#404040' noenhanced
set label 'Sorted by rate, highest first.  Right: rate, interval, events and exposure.' at character 1.5, character 0.65 left font ',9' textcolor rgb '#404040' noenhanced
unset key
$dots1 << CASESTAT_EOD
0 3 114.28570000000001 106.50239999999999 122.48739999999999
1 2 1 0.40205190000000002 2.0603820000000002
2 1 0.85714290000000004 0.31455630000000001 1.865639
CASESTAT_EOD
plot $dots1 using 3:2:4:5 with xerrorbars lt 1 lw 2.5 notitle
