# Chart written by casestat.  Render it with: gnuplot -d THIS_FILE
# (it writes the picture named below into the current directory).
set encoding utf8
if (!exists('cs_output')) cs_output = './prop.png'
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
set title 'Share with 95% confidence interval' noenhanced font ',13'
unset label
unset arrow
unset logscale
set bmargin 5.7
set tmargin 3
set yrange [0.4:2.6]
set link y2
set grid noytics xtics
unset mytics
set xrange [0:100]
set xtics ( \
    '0%%' 0, \
    '20%%' 20, \
    '40%%' 40, \
    '60%%' 60, \
    '80%%' 80, \
    '100%%' 100) nomirror noenhanced
set lmargin at screen 0.0800
set rmargin at screen 0.7450
set xlabel 'share (%)' noenhanced
set ylabel '' noenhanced
set ytics ( \
    '6/7' 2, \
    '800/7000' 1) nomirror scale 0 noenhanced
set y2tics ( \
    '86%% (49–97%%) · 6 of 7' 2, \
    '11.4%% (10.7–12.2%%) · 800 of 7,000' 1) scale 0 noenhanced
set label 'Dot: observed share x/n.  Line: 95% confidence interval (Wilson score).' at character 1.5, character 1.90 left font ',9' textcolor rgb '#404040' noenhanced
set label 'Sorted by share, highest first.  Right: share, interval and x of n.' at character 1.5, character 0.65 left font ',9' textcolor rgb '#404040' noenhanced
unset key
$dots1 << CASESTAT_EOD
0 2 85.714285714285708 48.68721707256811 97.432037565525647
1 1 11.428571428571429 10.704312750203135 12.195141331539441
CASESTAT_EOD
plot $dots1 using 3:2:4:5 with xerrorbars lt 1 lw 2.5 notitle
