# Chart written by casestat.  Render it with: gnuplot -d THIS_FILE
# (it writes the picture named below into the current directory).
set encoding utf8
if (!exists('cs_output')) cs_output = './prop_by_channel.png'
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
set title 'Share of rows that are marked ''questioned'', by channel' noenhanced font ',13'
unset label
unset arrow
unset logscale
set bmargin 5.7
set tmargin 3
set yrange [0.4:4.6]
set link y2
set grid noytics xtics
unset mytics
set xrange [0:20]
set xtics ( \
    '0%%' 0, \
    '5%%' 5, \
    '10%%' 10, \
    '15%%' 15, \
    '20%%' 20) nomirror noenhanced
set lmargin at screen 0.1150
set rmargin at screen 0.7450
set xlabel 'share (%)' noenhanced
set ylabel '' noenhanced
set ytics ( \
    'Kaspi' 4, \
    'card' 3, \
    'bank transfer' 2, \
    'cash' 1) nomirror scale 0 noenhanced
set y2tics ( \
    '13.6%% (12.7–14.6%%) · 628 of 4,611' 4, \
    '7.0%% (5.9–8.3%%) · 121 of 1,732' 3, \
    '6.0%% (4.4–8.1%%) · 39 of 649' 2, \
    '5.4%% (3.1–9.2%%) · 12 of 222' 1) scale 0 noenhanced
set label 'Dot: observed share x/n.  Line: 95% confidence interval (Wilson score).' at character 1.5, character 1.90 left font ',9' textcolor rgb '#404040' noenhanced
set label 'Sorted by share, highest first.  Counted: rows that are marked ''questioned''.  Right: share, interval and x of n.' at character 1.5, character 0.65 left font ',9' textcolor rgb '#404040' noenhanced
unset key
$dots1 << CASESTAT_EOD
0 4 13.619605291693777 12.659825894409387 14.639951791618463
1 3 6.9861431870669746 5.8783782567881113 8.2842895128661116
2 2 6.00924499229584 4.4267684500074251 8.1094235633696314
3 1 5.4054054054054053 3.1188237238950376 9.2090539678616086
CASESTAT_EOD
plot $dots1 using 3:2:4:5 with xerrorbars lt 1 lw 2.5 notitle
