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
set title 'Rows per year of report_date' noenhanced font ',13'
set bmargin 4.45
set xrange [0.4:5.6]
set yrange [0:2000]
set grid ytics noxtics
unset key
set style fill solid 0.85 noborder
set ytics ( \
    '0' 0, \
    '500' 500, \
    '1,000' 1000, \
    '1,500' 1500, \
    '2,000' 2000) nomirror noenhanced
set xlabel 'year' noenhanced
set ylabel 'rows' noenhanced
set xtics ( \
    '2019' 1, \
    '2020' 2, \
    '2021' 3, \
    '2022' 4, \
    '2023' 5) nomirror scale 0 noenhanced
set label '524' at first 1, first 524 center offset 0,0.7 font ',9' noenhanced
set label '556' at first 2, first 556 center offset 0,0.7 font ',9' noenhanced
set label '581' at first 3, first 581 center offset 0,0.7 font ',9' noenhanced
set label '1,162' at first 4, first 1162 center offset 0,0.7 font ',9' noenhanced
set label '1,177' at first 5, first 1177 center offset 0,0.7 font ',9' noenhanced
set label 'Bar: rows per year; the number above each bar is the count.' at character 1.5, character 0.65 left font ',9' textcolor rgb '#404040' noenhanced
$counts << CASESTAT_EOD
0 1 524 524 524
1 2 556 556 556
2 3 581 581 581
3 4 1162 1162 1162
4 5 1177 1177 1177
CASESTAT_EOD
plot $counts using 2:3:(0.7) with boxes lc rgb '#0072B2' notitle
