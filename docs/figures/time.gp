# Chart written by casestat.  Render it with: gnuplot -d THIS_FILE
# (it writes the picture named below into the current directory).
set encoding utf8
if (!exists('cs_output')) cs_output = './time.png'
set terminal pngcairo size 1000,560 font 'DejaVu Sans,10' noenhanced
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
set title 'Donations per month (18 June to 14 August 2023)' noenhanced font ',13'
set bmargin 4.45
set xrange [0.4:3.6]
set yrange [0:5000]
set grid ytics noxtics
unset key
set style fill solid 0.85 noborder
set ytics ( \
    '0' 0, \
    '1,000' 1000, \
    '2,000' 2000, \
    '3,000' 3000, \
    '4,000' 4000, \
    '5,000' 5000) nomirror noenhanced
set xlabel 'month' noenhanced
set ylabel 'donations' noenhanced
set xtics ( \
    '2023-06' 1, \
    '2023-07' 2, \
    '2023-08' 3) nomirror scale 0 noenhanced
set label '1,576' at first 1, first 1576 center offset 0,0.7 font ',9' noenhanced
set label '3,888' at first 2, first 3888 center offset 0,0.7 font ',9' noenhanced
set label '1,750' at first 3, first 1750 center offset 0,0.7 font ',9' noenhanced
set label 'Bar: donations per month; the number above each bar is the count.' at character 1.5, character 0.65 left font ',9' textcolor rgb '#404040' noenhanced
$counts << CASESTAT_EOD
0 1 1576 1576 1576
1 2 3888 3888 3888
2 3 1750 1750 1750
CASESTAT_EOD
plot $counts using 2:3:(0.7) with boxes lc rgb '#0072B2' notitle
